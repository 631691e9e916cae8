package org.chuangcheng.report.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.report.ApiKeyManagement;
import org.chuangcheng.report.CitizenReport;
import org.chuangcheng.report.CitizenReportManagement;
import org.chuangcheng.report.NewReport;
import org.chuangcheng.report.ReportCategory;
import org.chuangcheng.report.ReportPlace;
import org.chuangcheng.report.ReportSource;
import org.chuangcheng.report.ReportStatus;
import org.chuangcheng.report.web.Open311Document.Format;
import org.chuangcheng.report.web.Open311Document.Nested;
import org.chuangcheng.shared.BusinessRuleException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2): categories are services, reports are service
 * requests (their ticket is the service_request_id), XML by default and JSON with {@code .json}. Posting needs an
 * api_key an administrator issued. Nothing personal leaves: no phone, no network address, no photos, and the
 * texts (description, address, status notes) with phones, ID numbers, plates and e-mail masked.
 */
@RestController
@RequestMapping("/open311/v2")
@RequiredArgsConstructor
class Open311Controller {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    /** The spec's defaults: the last 90 days, at most 1000 requests. */
    static final Duration DEFAULT_WINDOW = Duration.ofDays(90);
    static final int MAX_REQUESTS = 1000;
    private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final CitizenReportManagement reports;
    private final ApiKeyManagement keys;
    private final MessageSource messages;
    private final Clock clock;
    private final org.chuangcheng.report.PersonalDataMask personalData;

    @GetMapping({"/discovery", "/discovery.{format}"})
    ResponseEntity<String> discovery(@PathVariable(required = false) String format) {
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/open311/v2").toUriString();
        Map<String, Object> endpoint = Open311Document.record();
        endpoint.put("specification", SPECIFICATION);
        endpoint.put("url", url);
        endpoint.put("changeset", "2026-12-01T00:00:00Z");
        endpoint.put("type", "production");
        endpoint.put("formats", new Nested("format", List.of("text/xml", "application/json")));
        Map<String, Object> discovery = Open311Document.record();
        discovery.put("changeset", "2026-12-01T00:00:00Z");
        discovery.put("contact", zh("report.open311.contact"));
        discovery.put("key_service", zh("report.open311.keyService"));
        discovery.put("endpoints", new Nested("endpoint", List.of(endpoint)));
        return Open311Document.single(Format.of(format), "discovery", discovery);
    }

    @GetMapping({"/services", "/services.{format}"})
    ResponseEntity<String> services(@PathVariable(required = false) String format) {
        Format f = Format.of(format);
        List<Map<String, Object>> services = reports.activeCategories().stream().map(this::service).toList();
        return Open311Document.list(HttpStatus.OK, f, "services", "service", services);
    }

    /** One mapping: Spring prefers {@code /{code}} to {@code /{code}.{format}}, so the extension is split off here. */
    @GetMapping("/services/{resource}")
    ResponseEntity<String> definition(@PathVariable String resource) {
        Format f = Format.of(extension(resource));
        String code = withoutExtension(resource);
        ReportCategory category = reports.categoryByCode(code).filter(ReportCategory::isActive)
                .orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, "service_code " + code + " not found"));
        Map<String, Object> definition = Open311Document.record();
        definition.put("service_code", category.getServiceCode());
        definition.put("attributes", new Nested("attribute", List.of()));
        return Open311Document.single(f, "service_definition", definition);
    }

    @PostMapping({"/requests", "/requests.{format}"})
    ResponseEntity<String> create(@PathVariable(required = false) String format,
            @RequestParam(name = "api_key", required = false) String apiKey,
            @RequestParam(name = "service_code", required = false) String serviceCode,
            @RequestParam(name = "lat", required = false) String lat,
            @RequestParam(name = "long", required = false) String lng,
            @RequestParam(name = "address_string", required = false) String address,
            @RequestParam(name = "description", required = false) String description,
            @RequestParam(name = "phone", required = false) String phone,
            @RequestParam(name = "media_url", required = false) String mediaUrl) {
        Format f = Format.of(format);
        if (serviceCode == null || serviceCode.isBlank()) {
            throw new Open311Error(HttpStatus.BAD_REQUEST, "service_code was not provided");
        }
        if (!keys.isValid(apiKey)) {
            throw new Open311Error(HttpStatus.FORBIDDEN, "Invalid api_key received -- can't proceed with create_request.");
        }
        ReportCategory category = reports.categoryByCode(serviceCode).filter(ReportCategory::isActive)
                .orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, "service_code " + serviceCode + " not found"));
        BigDecimal latitude = coordinate(lat, "lat", 90);
        BigDecimal longitude = coordinate(lng, "long", 180);
        if ((latitude == null || longitude == null) && (address == null || address.isBlank())) {
            throw new Open311Error(HttpStatus.BAD_REQUEST, "lat and long, or address_string, are required");
        }
        try {
            CitizenReport report = reports.submit(new NewReport(category.getId(), description,
                    new ReportPlace(address, latitude, longitude, null), phone), List.of(), null, ReportSource.OPEN311,
                    mediaUrl);
            Map<String, Object> created = Open311Document.record();
            created.put("service_request_id", report.getTicket());
            created.put("service_notice", zh("report.open311.notice"));
            created.put("account_id", null);
            // 201: the request exists now, under the id returned (the spec's examples show no status code)
            return Open311Document.list(HttpStatus.CREATED, f, "service_requests", "request", List.of(created));
        } catch (BusinessRuleException e) {
            throw new Open311Error(HttpStatus.BAD_REQUEST, messages.getMessage(e.getMessageKey(), e.getArguments(),
                    e.getMessageKey(), Locale.ENGLISH));
        }
    }

    @GetMapping({"/requests", "/requests.{format}"})
    ResponseEntity<String> search(@PathVariable(required = false) String format,
            @RequestParam(name = "service_request_id", required = false) String ids,
            @RequestParam(name = "service_code", required = false) String codes,
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate,
            @RequestParam(name = "status", required = false) String status) {
        Format f = Format.of(format);
        List<String> tickets = split(ids).stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
        Instant end = endDate == null ? clock.instant().plusSeconds(1) : date(endDate, "end_date");
        Instant start = startDate == null ? (tickets.isEmpty() ? end.minus(DEFAULT_WINDOW) : Instant.EPOCH)
                : date(startDate, "start_date");
        Set<ReportStatus> statuses = EnumSet.noneOf(ReportStatus.class);
        for (String s : split(status)) {
            switch (s.toLowerCase(Locale.ROOT)) {
                case "open" -> Arrays.stream(ReportStatus.values()).filter(ReportStatus::isOpen).forEach(statuses::add);
                case "closed" -> Arrays.stream(ReportStatus.values()).filter(x -> !x.isOpen()).forEach(statuses::add);
                default -> throw new Open311Error(HttpStatus.BAD_REQUEST, "status must be open or closed");
            }
        }
        List<Map<String, Object>> found = new ArrayList<>();
        for (CitizenReport r : reports.open311(tickets, split(codes), statuses, start, end, MAX_REQUESTS)) {
            found.add(request(r));
        }
        return Open311Document.list(HttpStatus.OK, f, "service_requests", "request", found);
    }

    @GetMapping("/requests/{resource}")
    ResponseEntity<String> one(@PathVariable String resource) {
        Format f = Format.of(extension(resource));
        String id = withoutExtension(resource);
        CitizenReport report = reports.byTicket(id)
                .orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, "service_request_id " + id + " not found"));
        return Open311Document.list(HttpStatus.OK, f, "service_requests", "request", List.of(request(report)));
    }

    /**
     * Tokens: ids are issued at once here, so a request's token is its id; a client written for deferred ids
     * gets the id back for it.
     */
    @GetMapping("/tokens/{resource}")
    ResponseEntity<String> token(@PathVariable String resource) {
        Format f = Format.of(extension(resource));
        String token = withoutExtension(resource);
        CitizenReport report = reports.byTicket(token)
                .orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, "token " + token + " not found"));
        Map<String, Object> found = Open311Document.record();
        found.put("service_request_id", report.getTicket());
        found.put("token", report.getTicket());
        return Open311Document.list(HttpStatus.OK, f, "service_requests", "request", List.of(found));
    }

    /** A handled request's after photo (the rectification the office accepted): the media_url of a closed request. */
    @GetMapping("/media/{resource}")
    ResponseEntity<org.springframework.core.io.Resource> media(@PathVariable String resource) {
        String ticket = withoutExtension(resource);
        return reports.byTicket(ticket).map(r -> reports.afterPhotos(r, 1)).filter(p -> !p.isEmpty())
                .map(p -> p.get(0).inline())
                .orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, "no media for " + ticket));
    }

    @ExceptionHandler(Open311Error.class)
    ResponseEntity<String> refused(Open311Error e, HttpServletRequest request) {
        return Open311Document.error(formatOf(request), e.status(), e.getMessage());
    }

    @ExceptionHandler(org.springframework.web.bind.MissingServletRequestParameterException.class)
    ResponseEntity<String> missing(Exception e, HttpServletRequest request) {
        return Open311Document.error(formatOf(request), HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** A parameter the common binder refuses (a NUL in it): an Open311 error in the asked format, not the HTML page. */
    @ExceptionHandler(org.springframework.beans.TypeMismatchException.class)
    ResponseEntity<String> unreadable(Exception e, HttpServletRequest request) {
        return Open311Document.error(formatOf(request), HttpStatus.BAD_REQUEST,
                "a parameter could not be read (control characters are not allowed)");
    }

    private static String extension(String resource) {
        int dot = resource.lastIndexOf('.');
        return dot < 0 ? null : resource.substring(dot + 1);
    }

    private static String withoutExtension(String resource) {
        int dot = resource.lastIndexOf('.');
        return dot < 0 ? resource : resource.substring(0, dot);
    }

    private static Format formatOf(HttpServletRequest request) {
        return request.getRequestURI().endsWith(".json") ? Format.JSON : Format.XML;
    }

    private Map<String, Object> service(ReportCategory c) {
        Map<String, Object> s = Open311Document.record();
        s.put("service_code", c.getServiceCode());
        s.put("service_name", c.getName());
        s.put("description", zh("report.open311.serviceDescription", c.getHandlingDays()));
        s.put("metadata", false);
        s.put("type", "realtime");
        s.put("keywords", c.getName());
        s.put("group", zh("report.open311.group"));
        return s;
    }

    private Map<String, Object> request(CitizenReport r) {
        Map<String, Object> m = Open311Document.record();
        m.put("service_request_id", r.getTicket());
        m.put("status", r.getStatus().isOpen() ? "open" : "closed");
        m.put("status_notes", personalData.mask(statusNotes(r)));
        m.put("service_name", r.getCategory().getName());
        m.put("service_code", r.getCategory().getServiceCode());
        m.put("description", personalData.mask(r.getDescription()));
        m.put("agency_responsible", null);
        m.put("service_notice", null);
        m.put("requested_datetime", w3c(r.getSubmittedAt()));
        m.put("updated_datetime", w3c(r.getUpdatedAt()));
        m.put("expected_datetime", null);
        m.put("address", personalData.mask(r.getAddress()));
        m.put("address_id", null);
        m.put("zipcode", null);
        m.put("lat", r.getLatitude());
        m.put("long", r.getLongitude());
        m.put("media_url", mediaUrl(r));
        return m;
    }

    /**
     * The after photo once the request is handled and its problem was closed with one (an installation may let
     * evidence go without a photo: then there is none to link), else the photo link the client posted, else none.
     */
    private String mediaUrl(CitizenReport r) {
        if (reports.hasAfterPhoto(r)) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().path("/open311/v2/media/{ticket}.jpg")
                    .buildAndExpand(r.getTicket()).toUriString();
        }
        return r.getMediaUrl();
    }

    private String statusNotes(CitizenReport r) {
        return switch (r.getStatus()) {
            case REJECTED -> zh(r.getRejectReason() == null ? "report.status.REJECTED" : r.getRejectReason().messageKey());
            case MERGED -> zh("report.status.mergedExplained");
            case REPLIED -> r.getReply();
            default -> zh(r.getStatus().messageKey());
        };
    }

    private String w3c(Instant instant) {
        return instant == null ? null : W3C.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(clock.getZone()));
    }

    private String zh(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }

    private static Instant date(String value, String name) {
        try {
            return OffsetDateTime.parse(value.trim().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw new Open311Error(HttpStatus.BAD_REQUEST, name + " must be a W3C date-time with a time zone, e.g. "
                    + "2026-11-05T08:15:30+08:00");
        }
    }

    private static BigDecimal coordinate(String value, String name, int bound) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.trim()).setScale(6, java.math.RoundingMode.HALF_UP);
            if (number.abs().compareTo(BigDecimal.valueOf(bound)) > 0) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new Open311Error(HttpStatus.BAD_REQUEST, name + " must be a number of degrees");
        }
    }

    private static List<String> split(String commaList) {
        if (commaList == null || commaList.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaList.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
