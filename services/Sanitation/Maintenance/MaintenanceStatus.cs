namespace DigitalCity.Sanitation.Maintenance;

public enum MaintenanceStatus
{
    /// <summary>Waiting for its assignee.</summary>
    Open,

    /// <summary>Repaired, with the result and photos.</summary>
    Done,

    /// <summary>Cancelled by a supervisor, with the reason.</summary>
    Cancelled,
}
