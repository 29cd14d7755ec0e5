namespace DigitalCity.Inspection.Places;

/// <summary>编码错误 — what is wrong with a grid code, and in which part of it.</summary>
public sealed record GridCodeError(GridCodePart Part, string Message)
{
    public override string ToString() => Message;
}

/// <summary>The parts of a grid code (网格编码), left to right; <see cref="Whole"/> for length and emptiness.</summary>
public enum GridCodePart
{
    Whole,

    /// <summary>行政区划代码 — the six-digit district/county code.</summary>
    Administrative,

    /// <summary>街道 — three digits.</summary>
    Street,

    /// <summary>社区 — three digits.</summary>
    Community,

    /// <summary>网格顺序码 — two or three digits.</summary>
    Sequence,
}
