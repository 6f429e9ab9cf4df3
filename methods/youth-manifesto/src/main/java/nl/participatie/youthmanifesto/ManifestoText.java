package nl.participatie.youthmanifesto;

import java.util.Locale;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * The words of the manifesto (<i>jongerenmanifest</i>) as codes of the message catalogue, so it is written in Dutch or
 * English from {@code ParticipatieMessages*.properties} and never from code. {@link Manifesto} is their only user.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum ManifestoText implements Code {
    /** {@code youthmanifesto.manifesto.title} */
    TITLE("youthmanifesto.manifesto.title"),
    /** {@code youthmanifesto.manifesto.handed-over} */
    HANDED_OVER("youthmanifesto.manifesto.handed-over"),
    /** {@code youthmanifesto.manifesto.agenda-item} */
    AGENDA_ITEM("youthmanifesto.manifesto.agenda-item"),
    /** {@code youthmanifesto.manifesto.not-handed-over} */
    NOT_HANDED_OVER("youthmanifesto.manifesto.not-handed-over"),
    /** {@code youthmanifesto.manifesto.topic} */
    TOPIC("youthmanifesto.manifesto.topic"),
    /** {@code youthmanifesto.manifesto.area} */
    AREA("youthmanifesto.manifesto.area"),
    /** {@code youthmanifesto.manifesto.area-in-neighbourhood} */
    AREA_IN_NEIGHBOURHOOD("youthmanifesto.manifesto.area-in-neighbourhood"),
    /** {@code youthmanifesto.manifesto.problem} */
    PROBLEM("youthmanifesto.manifesto.problem"),
    /** {@code youthmanifesto.manifesto.actions} */
    ACTIONS("youthmanifesto.manifesto.actions"),
    /** {@code youthmanifesto.manifesto.action-columns} */
    ACTION_COLUMNS("youthmanifesto.manifesto.action-columns"),
    /** {@code youthmanifesto.manifesto.no-date} */
    NO_DATE("youthmanifesto.manifesto.no-date"),
    /** {@code youthmanifesto.manifesto.addressee} */
    ADDRESSEE("youthmanifesto.manifesto.addressee"),
    /** {@code youthmanifesto.manifesto.signed} */
    SIGNED("youthmanifesto.manifesto.signed"),
    /** {@code youthmanifesto.manifesto.approved} */
    APPROVED("youthmanifesto.manifesto.approved"),
    /** {@code youthmanifesto.manifesto.draft} */
    DRAFT("youthmanifesto.manifesto.draft"),
    /** {@code youthmanifesto.manifesto.signatories} */
    SIGNATORIES("youthmanifesto.manifesto.signatories"),
    /** {@code youthmanifesto.manifesto.no-signatories} */
    NO_SIGNATORIES("youthmanifesto.manifesto.no-signatories");

    private final String code;

    ManifestoText(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The text in one language, each argument in both languages given in that one. */
    String in(Locale locale, Object... args) {
        return Phrases.in(locale, this, args);
    }
}
