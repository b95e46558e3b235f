class Animal:
    def __init__(self, name, legs):
        self.name = name
        self.legs = legs

    def describe(self):
        return f"{self.name} walks on {self.legs} legs"


class Bird(Animal):
    def __init__(self, name):
        super().__init__(name, 2)
        self.can_fly = True

    def describe(self):
        base = super().describe()
        return base + " and flies"


zoo = [Animal("cat", 4), Bird("crow")]
for creature in zoo:
    text = creature.describe()
    print(text)
