package org.annals.event.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.annals.event.Confidence;
import org.annals.event.DataSetFields;
import org.annals.event.EventContent;
import org.annals.event.EventType;
import org.annals.event.Place;
import org.annals.event.PlacePrecision;
import org.annals.shared.GeoPoint;
import org.annals.shared.InvalidInputException;
import org.annals.shared.UncertainDate;

/**
 * What the editor form holds while someone types: plain strings and numbers, bound by Binder. {@link #toContent()}
 * turns it into the domain record, whose constructor enforces the same rules as the API and importer.
 */
class EventForm {

    private String headline = "";
    private String summary = "";
    private String start = "";
    private String end = "";
    private String dateNote = "";
    private String placeName = "";
    private Double latitude;
    private Double longitude;
    private PlacePrecision placePrecision = PlacePrecision.NONE;
    private Set<EventType> types = EnumSet.noneOf(EventType.class);
    private String tags = "";
    private Confidence confidence = Confidence.UNVERIFIED;
    private Integer fatalitiesLow;
    private Integer fatalitiesBest;
    private Integer fatalitiesHigh;
    private String admin1 = "";
    private String admin2 = "";
    private String admin3 = "";
    private String disorderType = "";
    private String interaction = "";
    /**
     * A data set's own codes, shown but not edited: kept as the import wrote them. The form Binder writes into is a
     * fresh one, so {@link #toContent} takes them from the stored content.
     */
    private java.util.Map<String, String> codes = java.util.Map.of();

    static EventForm of(EventContent content) {
        EventForm form = new EventForm();
        form.headline = content.headline();
        form.summary = content.summary() == null ? "" : content.summary();
        form.start = content.start().toEdtf();
        form.end = content.end() == null ? "" : content.end().toEdtf();
        form.dateNote = content.dateNote() == null ? "" : content.dateNote();
        form.placeName = content.place().name() == null ? "" : content.place().name();
        form.latitude = content.place().point() == null ? null : content.place().point().latitude();
        form.longitude = content.place().point() == null ? null : content.place().point().longitude();
        form.placePrecision = content.place().precision();
        form.types = content.types().isEmpty() ? EnumSet.noneOf(EventType.class) : EnumSet.copyOf(content.types());
        form.tags = content.tags().stream().sorted().collect(Collectors.joining(", "));
        form.confidence = content.confidence();
        DataSetFields data = content.data();
        form.fatalitiesLow = data.fatalitiesLow();
        form.fatalitiesBest = data.fatalitiesBest();
        form.fatalitiesHigh = data.fatalitiesHigh();
        form.admin1 = orEmpty(data.admin1());
        form.admin2 = orEmpty(data.admin2());
        form.admin3 = orEmpty(data.admin3());
        form.disorderType = orEmpty(data.disorderType());
        form.interaction = orEmpty(data.interaction());
        form.codes = data.codes();
        return form;
    }

    /**
     * @param original the stored content, whose approximate windows survive when the EDTF text is unchanged
     */
    EventContent toContent(EventContent original) {
        UncertainDate startDate = date("start", start, original == null ? null : original.start());
        UncertainDate endDate = end == null || end.isBlank() ? null : date("end", end, original == null ? null : original.end());
        GeoPoint point = null;
        if (latitude != null || longitude != null) {
            if (latitude == null || longitude == null) {
                throw new InvalidInputException(latitude == null ? "latitude" : "longitude", I18NProvider.translate("editor.coordinates.both"));
            }
            point = new GeoPoint(latitude, longitude);
        }
        PlacePrecision precision = point == null ? PlacePrecision.NONE
                : placePrecision == PlacePrecision.NONE ? PlacePrecision.APPROXIMATE : placePrecision;
        Set<String> tagSet = Arrays.stream(tags == null ? new String[0] : tags.split(","))
                .map(String::strip).filter(t -> !t.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        return new EventContent(headline, summary, startDate, endDate, dateNote, new Place(placeName, point, precision),
                types, tagSet, confidence, new DataSetFields(fatalitiesLow, fatalitiesBest, fatalitiesHigh, admin1, admin2, admin3,
                disorderType, interaction, original == null ? codes : original.data().codes()));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static UncertainDate date(String field, String text, UncertainDate original) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, I18NProvider.translate(field.equals("start") ? "editor.start.required" : "editor.notADate"));
        }
        if (original != null && original.toEdtf().equals(text.strip())) {
            return original;
        }
        try {
            return UncertainDate.parse(text);
        } catch (InvalidInputException e) {
            throw e.at(field);
        }
    }

    public String getHeadline() { return headline; }
    public void setHeadline(String headline) { this.headline = headline; }
    public String getSummary() { return summary; }
    public String getDateNote() { return dateNote; }
    public void setDateNote(String dateNote) { this.dateNote = dateNote; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getStart() { return start; }
    public void setStart(String start) { this.start = start; }
    public String getEnd() { return end; }
    public void setEnd(String end) { this.end = end; }
    public String getPlaceName() { return placeName; }
    public void setPlaceName(String placeName) { this.placeName = placeName; }
    public Double getLatitude() { return latitude; }
    public void setLatitude(Double latitude) { this.latitude = latitude; }
    public Double getLongitude() { return longitude; }
    public void setLongitude(Double longitude) { this.longitude = longitude; }
    public PlacePrecision getPlacePrecision() { return placePrecision; }
    public void setPlacePrecision(PlacePrecision placePrecision) { this.placePrecision = placePrecision; }
    public Set<EventType> getTypes() { return types; }
    public void setTypes(Set<EventType> types) { this.types = types; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
    public Confidence getConfidence() { return confidence; }
    public void setConfidence(Confidence confidence) { this.confidence = confidence; }
    public Integer getFatalitiesLow() { return fatalitiesLow; }
    public void setFatalitiesLow(Integer fatalitiesLow) { this.fatalitiesLow = fatalitiesLow; }
    public Integer getFatalitiesBest() { return fatalitiesBest; }
    public void setFatalitiesBest(Integer fatalitiesBest) { this.fatalitiesBest = fatalitiesBest; }
    public Integer getFatalitiesHigh() { return fatalitiesHigh; }
    public void setFatalitiesHigh(Integer fatalitiesHigh) { this.fatalitiesHigh = fatalitiesHigh; }
    public String getAdmin1() { return admin1; }
    public void setAdmin1(String admin1) { this.admin1 = admin1; }
    public String getAdmin2() { return admin2; }
    public void setAdmin2(String admin2) { this.admin2 = admin2; }
    public String getAdmin3() { return admin3; }
    public void setAdmin3(String admin3) { this.admin3 = admin3; }
    public String getDisorderType() { return disorderType; }
    public void setDisorderType(String disorderType) { this.disorderType = disorderType; }
    public String getInteraction() { return interaction; }
    public void setInteraction(String interaction) { this.interaction = interaction; }
}
