namespace DigitalCity.Inspection.Campaigns.Visits;

/// <summary>回头看 — a return visit to a hazard: fixed, or ordered again by <see cref="NewDueAt"/>.</summary>
public sealed record Reinspection(DateTimeOffset At, string By, bool Rectified, string? Note, IReadOnlyList<string> PhotoRefs, DateTimeOffset? NewDueAt);
