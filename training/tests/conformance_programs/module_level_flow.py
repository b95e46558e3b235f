width = 4
height = 3
area = width * height
if area > 10:
    size = "large"
elif area > 5:
    size = "medium"
else:
    size = "small"
grid = []
for row in range(height):
    grid.append("#" * width)
shape = {"w": width, "h": height, "size": size}
print(shape)
print("\n".join(grid))
