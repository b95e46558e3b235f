class Shape:
    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}(area={self.area()})"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class Rect(Square):
    def __init__(self, w, h):
        super().__init__(w)
        self.h = h

    def area(self):
        return self.side * self.h


shapes = [Square(2), Rect(2, 3)]
areas = [s.area() for s in shapes]
print(shapes, sum(areas))
