namespace DigitalCity.Sanitation.Maintenance;

/// <summary>How soon a work order is due when it names no due instant (<see cref="MaintenanceOptions.DueIn"/>).</summary>
public enum MaintenancePriority
{
    Low,
    Normal,
    High,

    /// <summary>紧急 — e.g. a public toilet out of order on a festival day.</summary>
    Urgent,
}
