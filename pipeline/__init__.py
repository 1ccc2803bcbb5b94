"""zhengce: Chinese government policy notices into a queryable SQLite database."""

__version__ = "0.2.0"
