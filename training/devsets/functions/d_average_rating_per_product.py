from collections import defaultdict
from statistics import fmean


def rating_summary(reviews: list[dict], min_reviews: int = 2) -> dict[str, tuple[float, int]]:
    """Average star rating and review count per product.

    Products with fewer than min_reviews reviews are left out so a single
    5-star review doesn't top the chart.
    """
    stars = defaultdict(list)
    for review in reviews:
        stars[review["product"]].append(review["stars"])
    return {
        product: (round(fmean(values), 2), len(values))
        for product, values in sorted(stars.items())
        if len(values) >= min_reviews
    }

# dev cases
rating_summary([{"product": "kettle", "stars": 4}, {"product": "toaster", "stars": 5}, {"product": "kettle", "stars": 5}, {"product": "blender", "stars": 2}, {"product": "kettle", "stars": 3}, {"product": "blender", "stars": 4}])
