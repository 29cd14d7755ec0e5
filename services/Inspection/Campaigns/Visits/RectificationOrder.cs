namespace DigitalCity.Inspection.Campaigns.Visits;

/// <summary>What the officer ordered for a failed item: on the spot with evidence photos, or by a due instant.</summary>
public sealed record RectificationOrder(RectificationMode Mode, DateTimeOffset? DueAt, IReadOnlyList<string> EvidencePhotoRefs);
