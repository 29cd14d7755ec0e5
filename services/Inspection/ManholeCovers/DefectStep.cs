namespace DigitalCity.Inspection.ManholeCovers;

/// <summary>One entry of a defect's append-only history: what was done, by whom, when, with what note and photos.</summary>
public sealed record DefectStep(string Action, string By, DateTimeOffset At, string? Note, IReadOnlyList<string> PhotoRefs);
