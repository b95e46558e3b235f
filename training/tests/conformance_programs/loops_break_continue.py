found = None
for n in range(2, 20):
    if n % 2 == 0:
        continue
    if n > 7 and n % 3 == 0:
        found = n
        break
else:
    found = -1
count = 0
while count < 10:
    count += 3
    if count == 6:
        continue
else:
    print("while done", count)
print(found, count)
