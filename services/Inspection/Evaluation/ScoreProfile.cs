namespace DigitalCity.Inspection.Evaluation;

/// <summary>Which weights score an object: departments, persons (grid officers) and places each have their own.</summary>
public enum ScoreProfile
{
    /// <summary>Districts, streets, grids and the city.</summary>
    Place,

    Department,

    Person,
}
