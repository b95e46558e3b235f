def sparse_dot(weights: dict[str, float], features: dict[str, float]) -> float:
    # iterate over the smaller dict; feature vectors are usually tiny
    if len(features) > len(weights):
        weights, features = features, weights
    score = sum(value * weights[name] for name, value in features.items() if name in weights)
    return round(score, 4)

# dev cases
sparse_dot({"clicks": 0.8, "age_days": -0.05, "premium": 1.5, "bias": 0.1}, {"clicks": 3, "age_days": 40, "bias": 1})
