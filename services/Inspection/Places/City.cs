namespace DigitalCity.Inspection.Places;

/// <summary>市 — the prefecture-level city at the top of the place hierarchy, e.g. 焦作市 410800.</summary>
public sealed record City(string Code, string Name);
