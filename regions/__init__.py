"""Regions: every administrative division of China as reference data, the user's own places,
and the resolver that ties names and generic words (全省, 经开区) to one of them."""

from .reference import NAME_LEVELS, Region, Regions, Vocabulary, level_from_name, load_regions, local_code

__all__ = ["NAME_LEVELS", "Region", "Regions", "Vocabulary", "level_from_name", "load_regions", "local_code"]
