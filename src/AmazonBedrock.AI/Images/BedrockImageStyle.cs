namespace AmazonBedrock.AI;

/// <summary>Nova Canvas visual styles (<c>textToImageParams.style</c>).</summary>
public enum BedrockImageStyle
{
    /// <summary><c>3D_ANIMATED_FAMILY_FILM</c>.</summary>
    AnimatedFamilyFilm3D,

    /// <summary><c>DESIGN_SKETCH</c>.</summary>
    DesignSketch,

    /// <summary><c>FLAT_VECTOR_ILLUSTRATION</c>.</summary>
    FlatVectorIllustration,

    /// <summary><c>GRAPHIC_NOVEL_ILLUSTRATION</c>.</summary>
    GraphicNovelIllustration,

    /// <summary><c>MAXIMALISM</c>.</summary>
    Maximalism,

    /// <summary><c>MIDCENTURY_RETRO</c>.</summary>
    MidcenturyRetro,

    /// <summary><c>PHOTOREALISM</c>.</summary>
    Photorealism,

    /// <summary><c>SOFT_DIGITAL_PAINTING</c>.</summary>
    SoftDigitalPainting,
}
