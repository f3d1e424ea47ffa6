from .gamma import G
D = "delta"
