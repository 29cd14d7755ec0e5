namespace DigitalCity.Contracts.Inspection;

/// <summary>One department of a <see cref="CaseDispatched"/> event and when its handling is due.</summary>
public sealed record DispatchedDepartment(string DepartmentCode, DateTimeOffset DueAt);
