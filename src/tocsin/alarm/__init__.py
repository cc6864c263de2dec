"""The alarm: dyad time series, escalation detection, alerts and charts.

* :mod:`.series` turns stored events into daily series per pair of actors (SQL in the
  store), deduplicated and normalised by the day's news volume;
* :mod:`.detect` finds change points, anomalies and firsts in one series;
* :mod:`.alerts` attaches the events that drove each finding and remembers what was sent;
* :mod:`.synthetic` generates a planted-escalation stream for backtests.
"""
