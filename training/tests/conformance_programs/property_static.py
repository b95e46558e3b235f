class Temperature:
    scale = "C"

    def __init__(self, degrees):
        self._degrees = degrees

    @property
    def fahrenheit(self):
        return self._degrees * 9 / 5 + 32

    @staticmethod
    def freezing():
        return Temperature(0)

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)


t = Temperature(100)
f = t.fahrenheit
cold = Temperature.freezing()
warm = Temperature.from_f(212)
print(f, cold.fahrenheit, warm._degrees, Temperature.scale)
