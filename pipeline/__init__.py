"""zhengce: Chinese government policy notices into a queryable SQLite database."""

__version__ = "0.3.0"
