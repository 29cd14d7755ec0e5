namespace DigitalCity.Sanitation.Tasks;

/// <summary>Where a task came from.</summary>
public enum TaskSource
{
    /// <summary>An inspection case dispatched to the department (派遣) or sent back for rework (返工); its result goes back to the case.</summary>
    Case,

    /// <summary>A bin's fill-level sensor reported it at or above its threshold (满溢).</summary>
    Sensor,

    /// <summary>Sanitation staff reported an overflowing bin or place.</summary>
    Staff,
}
