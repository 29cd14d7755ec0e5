namespace DigitalCity.Inspection.Campaigns.Visits;

/// <summary>One filled-in checklist item of a visit.</summary>
public sealed record ChecklistAnswer(string ItemCode, AnswerResult Result, string? Note, IReadOnlyList<string> PhotoRefs);
