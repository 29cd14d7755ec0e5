namespace DigitalCity.Inspection.Campaigns.Figures;

/// <summary>How many facts of one indicator a campaign has for one district and day.</summary>
public sealed record FigureCount(string DistrictCode, DateOnly Day, string Indicator, long Count);
