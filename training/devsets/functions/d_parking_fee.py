import math

FREE_MINUTES = 60
RATE_PER_HALF_HOUR = 1.75
DAILY_CAP = 18.0


def parking_fee(entry_minute: int, exit_minute: int, validated: bool = False) -> float:
    """Fee for one stay, minutes counted from midnight of the entry day.

    The first hour is free; after that every started half hour is charged.
    Each full day of 24h costs the daily cap. A validated ticket halves the fee.
    """
    stay = exit_minute - entry_minute
    if stay <= FREE_MINUTES:
        return 0.0
    full_days, remainder = divmod(stay, 24 * 60)
    fee = full_days * DAILY_CAP
    chargeable = remainder - FREE_MINUTES if full_days == 0 else remainder
    if chargeable > 0:
        fee += min(math.ceil(chargeable / 30) * RATE_PER_HALF_HOUR, DAILY_CAP)
    if validated:
        fee /= 2
    return round(fee, 2)

# dev cases
parking_fee(545, 772)
parking_fee(480, 2100, True)
