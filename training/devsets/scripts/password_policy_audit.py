# Quick audit of candidate passwords against the team's policy.
# Plain script: run it, read the table, done.
import re
import string

MIN_LENGTH = 10
BANNED = ['password', 'qwerty', 'letmein', 'admin']

candidates = [
    'hunter2',
    'Correct-Horse-9',
    'P@ssword2024',
    'qwertyQWERTY12!',
    's3cure but long phrase',
    'ZZZZZZZZZZZZ',
]


def rules_failed(pw):
    failed = []
    if len(pw) < MIN_LENGTH:
        failed.append(f'shorter than {MIN_LENGTH}')
    if not re.search(r'[A-Z]', pw):
        failed.append('no capital')
    if not any(c.isdigit() for c in pw):
        failed.append('no digit')
    if not any(c in string.punctuation for c in pw):
        failed.append('no symbol')
    lowered = pw.lower().replace('@', 'a').replace('0', 'o')
    for word in BANNED:
        if word in lowered:
            failed.append(f"contains '{word}'")
    if len(set(pw)) <= 2:
        failed.append('too repetitive')
    return failed


passed = 0
for pw in candidates:
    failed = rules_failed(pw)
    masked = pw[:2] + '*' * (len(pw) - 2)
    if failed:
        print(f"FAIL {masked:<24} {', '.join(failed)}")
    else:
        passed += 1
        print(f'PASS {masked}')

print(f'{passed} of {len(candidates)} passwords meet the policy')
