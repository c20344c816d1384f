namespace Acme.EditorialRules;

/// <summary>
/// The Acme desk's rule IDs. C# rules use the desk's own prefix: EDL9001–EDL9099 belong to rule files, whose IDs
/// EditorialLint's analyzer declares up front, and two analyzers must never report one ID.
/// </summary>
public static class AcmeRuleIds
{
    public const string CasualtyFigureNeedsSourceAndDate = "ACME001";
}
