namespace DigitalCity.Sanitation.Tasks;

public enum SanitationTaskStatus
{
    /// <summary>Waiting for a crew.</summary>
    Open,

    /// <summary>Done, with the crew's result and photos.</summary>
    Completed,

    /// <summary>No longer needed: the case was returned from the department (回退) or voided (作废); the reason says which.</summary>
    Cancelled,
}
