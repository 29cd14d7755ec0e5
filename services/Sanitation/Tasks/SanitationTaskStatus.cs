namespace DigitalCity.Sanitation.Tasks;

public enum SanitationTaskStatus
{
    /// <summary>Waiting for a crew.</summary>
    Open,

    /// <summary>Done, with the crew's result and photos.</summary>
    Completed,
}
