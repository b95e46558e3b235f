"""Training pipeline of the neural debugger: tracer, program generator, datasets, tokenizer,
model, training, export and evaluation. Run `python -m training --help`."""
