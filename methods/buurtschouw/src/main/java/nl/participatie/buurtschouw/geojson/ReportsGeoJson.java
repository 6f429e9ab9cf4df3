package nl.participatie.buurtschouw.geojson;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import nl.participatie.buurtschouw.CategoryTree;
import nl.participatie.buurtschouw.SignalenStatus;
import nl.participatie.buurtschouw.analysis.ReportSummary;

import nl.participatie.core.API;
import nl.participatie.core.value.GeoPoint;

/**
 * Reports as a GeoJSON FeatureCollection (RFC 7946) for maps (<i>meldingenkaart</i>): one Point feature per report,
 * coordinates {@code [longitude, latitude]} in WGS84, moved to the centre of their cell in a grid of
 * {@value #DEFAULT_GRID_METRES} metres unless another grid is chosen ({@link #withCoordinateGrid}; see
 * {@link GeoPoint#coarsened}) and written with 6 decimals, and only public properties:
 * id, kind, category (code and name), theme, status (step, Signalen code, Open311 status), neighbourhood, campaign,
 * the filing, expected and closing moments, the number of supporters and the quality score. Never the reporter,
 * supporters, description, address or photos: a description or an address can point at a person. A report whose
 * location was erased is a feature without geometry ({@code "geometry": null}, as RFC 7946 allows).
 *
 * <p>Written with Jackson's streaming generator, so strings are escaped and large collections stream. Immutable and
 * thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ReportsGeoJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** The grid of the coordinates, in metres, unless another is chosen. */
    public static final int DEFAULT_GRID_METRES = 100;

    private final CategoryTree categories;
    private final Locale locale;
    private final int gridMetres;

    private ReportsGeoJson(CategoryTree categories, Locale locale, int gridMetres) {
        this.categories = Objects.requireNonNull(categories, "categories");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.gridMetres = GeoPoint.requireGrid(gridMetres);
    }

    /** This export with coordinates on a grid of {@code metres}, 1 to 100,000. */
    public ReportsGeoJson withCoordinateGrid(int metres) {
        return new ReportsGeoJson(categories, locale, metres);
    }

    /** Category names from the default tree, in Dutch. */
    public static ReportsGeoJson defaults() {
        return of(CategoryTree.defaults(), Locale.forLanguageTag("nl"));
    }

    /** Category names from a municipality's tree, in the given language. */
    public static ReportsGeoJson of(CategoryTree categories, Locale locale) {
        return new ReportsGeoJson(categories, locale, DEFAULT_GRID_METRES);
    }

    /** The reports as a FeatureCollection, in the given order; {@code pretty} indents it for people. */
    public String featureCollection(Collection<ReportSummary> reports, boolean pretty) {
        StringWriter out = new StringWriter();
        try (JsonGenerator gen = FACTORY.createGenerator(out)) {
            write(reports, gen, pretty);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The reports as a compact FeatureCollection, streamed as UTF-8. */
    public void write(Collection<ReportSummary> reports, OutputStream out) {
        try (JsonGenerator gen = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            write(reports, gen, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reports as a compact FeatureCollection, streamed. */
    public void write(Collection<ReportSummary> reports, Writer out) {
        try (JsonGenerator gen = FACTORY.createGenerator(out)) {
            write(reports, gen, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Collection<ReportSummary> reports, JsonGenerator gen, boolean pretty) throws IOException {
        if (pretty) {
            gen.useDefaultPrettyPrinter();
        }
        gen.writeStartObject();
        gen.writeStringField("type", "FeatureCollection");
        gen.writeArrayFieldStart("features");
        for (ReportSummary r : reports) {
            feature(r, gen);
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private void feature(ReportSummary r, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("type", "Feature");
        gen.writeStringField("id", r.id());
        if (r.isLocated()) {
            GeoPoint shown = new GeoPoint(r.latitude(), r.longitude()).coarsened(gridMetres);
            gen.writeObjectFieldStart("geometry");
            gen.writeStringField("type", "Point");
            gen.writeArrayFieldStart("coordinates");
            gen.writeNumber(degrees(shown.longitude()));
            gen.writeNumber(degrees(shown.latitude()));
            gen.writeEndArray();
            gen.writeEndObject();
        } else {
            gen.writeNullField("geometry");
        }
        gen.writeObjectFieldStart("properties");
        gen.writeStringField("kind", r.kind().name());
        gen.writeStringField("category", r.category().toString());
        Optional<CategoryTree.SubCategory> sub = categories.find(r.category());
        gen.writeStringField("categoryName", sub.map(s -> s.name().in(locale)).orElse(r.category().sub()));
        gen.writeStringField("theme", r.theme().code());
        gen.writeStringField("status", r.step().name());
        gen.writeStringField("signalenState", SignalenStatus.of(r.step()).code());
        gen.writeStringField("open311Status", r.step().isClosed() ? "closed" : "open");
        text(gen, "neighbourhood", r.neighbourhood() == null ? null : r.neighbourhood().value());
        text(gen, "campaign", r.campaign());
        gen.writeStringField("filedAt", r.filedAt().toString());
        gen.writeStringField("expectedBy", r.expectedBy().toString());
        text(gen, "closedAt", r.closedAt() == null ? null : r.closedAt().toString());
        gen.writeNumberField("supporters", r.supporters());
        if (r.quality() != null) {
            gen.writeObjectFieldStart("quality");
            gen.writeStringField("theme", r.quality().theme().code());
            gen.writeStringField("observed", r.quality().observed().code());
            gen.writeStringField("target", r.quality().target().code());
            gen.writeBooleanField("meetsTarget", r.quality().meetsTarget());
            gen.writeEndObject();
        }
        gen.writeEndObject();
        gen.writeEndObject();
    }

    private static void text(JsonGenerator gen, String name, String value) throws IOException {
        if (value == null) {
            gen.writeNullField(name);
        } else {
            gen.writeStringField(name, value);
        }
    }

    private static BigDecimal degrees(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }
}
