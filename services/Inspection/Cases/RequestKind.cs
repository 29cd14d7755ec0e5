namespace DigitalCity.Inspection.Cases;

/// <summary>The requests that wait for a decision (审批) before they take effect.</summary>
public enum RequestKind
{
    /// <summary>回退 — a department says the case is not its own; a dispatcher decides.</summary>
    Return,

    /// <summary>延期 — a department asks for a later due instant; a dispatcher decides.</summary>
    Extension,

    /// <summary>挂账 — a department asks to pause the case; a dispatcher decides.</summary>
    Suspension,

    /// <summary>作废 — a dispatcher asks to void the case; a shift lead decides.</summary>
    Void,
}
