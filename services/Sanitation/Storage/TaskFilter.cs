using DigitalCity.Sanitation.Tasks;

namespace DigitalCity.Sanitation.Storage;

/// <summary>Which tasks a list shows; a null part matches every task.</summary>
public sealed record TaskFilter(
    SanitationTaskStatus? Status = null,
    TaskSource? Source = null,
    TaskKind? Kind = null,
    string? FacilityCode = null,
    Guid? CaseId = null);
