"""HQ statistics: counts of the imported interviews as bar charts, and the summary PDF."""

from fieldkit.ui.stats.chart import BarChart
from fieldkit.ui.stats.page import StatisticsPage

__all__ = ["BarChart", "StatisticsPage"]
