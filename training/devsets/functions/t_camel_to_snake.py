import re


def camel_to_snake(name: str) -> str:
    # handle runs of capitals: "HTTPServerError" -> "http_server_error"
    step = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    step = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", step)
    return step.replace("-", "_").lower()

# dev cases
camel_to_snake("parseHTTPResponse2Json")
camel_to_snake("XMLHttpRequest")
