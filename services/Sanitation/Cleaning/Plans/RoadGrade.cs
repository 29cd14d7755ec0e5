namespace DigitalCity.Sanitation.Cleaning.Plans;

/// <summary>道路保洁等级 — the cleaning grade of a road, from the main avenues down.</summary>
public enum RoadGrade
{
    /// <summary>特级 — the city's showcase avenues.</summary>
    Special,

    /// <summary>一级.</summary>
    First,

    /// <summary>二级.</summary>
    Second,

    /// <summary>三级.</summary>
    Third,
}
