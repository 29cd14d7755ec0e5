namespace DigitalCity.Publicity.Bulletins;

/// <summary>One figure a bulletin was compiled from: a metric (<see cref="Figures.Metrics"/>) and its sum over the period.</summary>
public sealed record BulletinFigure(string Metric, long Quantity);
