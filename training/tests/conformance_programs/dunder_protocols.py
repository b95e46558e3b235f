class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __lt__(self, other):
        return self.parts < other.parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __str__(self):
        return "v" + ".".join(str(p) for p in self.parts)

    def __len__(self):
        return len(self.parts)


versions = [Version("1.10"), Version("1.2"), Version("0.9.1")]
ordered = sorted(versions)
print(*ordered)
print(Version("1.2") == versions[1], len(versions[2]), max(versions))
