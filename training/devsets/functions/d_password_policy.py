import string

MIN_LENGTH = 10


def failed_password_rules(password: str, username: str = "") -> list[str]:
    """Names of the password rules that this password breaks, in the order
    the sign-up form shows them. An empty list means it's acceptable."""
    failures = []
    if len(password) < MIN_LENGTH:
        failures.append("length")
    if not any(ch.isupper() for ch in password):
        failures.append("uppercase")
    if not any(ch.isdigit() for ch in password):
        failures.append("digit")
    if not any(ch in string.punctuation for ch in password):
        failures.append("symbol")
    if username and username.lower() in password.lower():
        failures.append("contains username")
    return failures

# dev cases
failed_password_rules("maria2024", "Maria")
failed_password_rules("Tr0ub4dor&3x")
