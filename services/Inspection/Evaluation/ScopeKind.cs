namespace DigitalCity.Inspection.Evaluation;

/// <summary>考核对象 — what kind of object an evaluation is about.</summary>
public enum ScopeKind
{
    /// <summary>The whole city (every fact, unassigned places included).</summary>
    City,

    /// <summary>区县, by administrative code.</summary>
    District,

    /// <summary>街道, by code.</summary>
    Street,

    /// <summary>单元网格, by grid code.</summary>
    Grid,

    /// <summary>专业部门, by department code.</summary>
    Department,

    /// <summary>A person by user id: grid officers above all (reports, verifications, re-checks), also dispatchers.</summary>
    Person,
}
