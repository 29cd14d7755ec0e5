namespace DigitalCity.Sanitation.Clearance;

/// <summary>A point's day as the API shows it.</summary>
public sealed record ClearanceOutcomeView(
    string SiteCode, string SiteName, string DistrictCode, DateOnly Day, DateTimeOffset ClearBy, DateTimeOffset? FirstCollectedAt, bool Cleared, DateTimeOffset JudgedAt)
{
    public static ClearanceOutcomeView From(ClearanceOutcome o) =>
        new(o.SiteCode, o.SiteName, o.DistrictCode, o.Day, o.ClearBy, o.FirstCollectedAt, o.Cleared, o.JudgedAt);
}
