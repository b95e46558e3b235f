"""Summarize a week of greenhouse temperature readings."""
import statistics
from collections import defaultdict

# (day, hour, celsius) as logged by the sensor; None means a missed reading
READINGS = [
    ('Mon', 6, 14.2), ('Mon', 14, 24.8), ('Mon', 22, 17.1),
    ('Tue', 6, 13.5), ('Tue', 14, 27.9), ('Tue', 22, None),
    ('Wed', 6, 12.9), ('Wed', 14, 31.4), ('Wed', 22, 18.6),
    ('Thu', 6, 15.0), ('Thu', 14, 25.2), ('Thu', 22, 16.4),
]
ALERT_ABOVE = 30.0


def by_day(rows):
    """Group valid readings per day, keeping the log order."""
    days = defaultdict(list)
    for day, _hour, temp in rows:
        if temp is not None:
            days[day].append(temp)
    return days


def summarize(temps: list[float]) -> dict:
    return {
        'min': min(temps),
        'max': max(temps),
        'mean': round(statistics.mean(temps), 2),
        'spread': round(max(temps) - min(temps), 1),
    }


def alerts(rows, limit: float = ALERT_ABOVE) -> list[str]:
    return [f'{d} {h:02d}:00 {t}C' for d, h, t in rows if t is not None and t > limit]


def main() -> None:
    days = by_day(READINGS)
    print(f"{'day':<4}{'min':>6}{'max':>6}{'mean':>7}{'spread':>8}")
    for day, temps in days.items():
        s = summarize(temps)
        print(f"{day:<4}{s['min']:>6.1f}{s['max']:>6.1f}{s['mean']:>7.2f}{s['spread']:>8.1f}")

    everything = [t for temps in days.values() for t in temps]
    print('overall median:', statistics.median(everything))
    print('overall stdev: ', round(statistics.stdev(everything), 2))
    missing = sum(1 for r in READINGS if r[2] is None)
    print(f'missing readings: {missing}/{len(READINGS)}')
    for line in alerts(READINGS):
        print('ALERT', line)


if __name__ == '__main__':
    main()
