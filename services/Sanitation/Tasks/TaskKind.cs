namespace DigitalCity.Sanitation.Tasks;

/// <summary>What kind of work a task is.</summary>
public enum TaskKind
{
    /// <summary>Anything a case asks of the department (cleaning, removal, …).</summary>
    General,

    /// <summary>清运 — collecting the waste of an overflowing bin or point (满溢/爆桶).</summary>
    Collection,
}
