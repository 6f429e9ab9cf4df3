package nl.participatie.buurtschouw.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.participatie.core.API;

/**
 * The answer to POST Service Request (<i>ontvangstbevestiging</i>): the new request's id or a token, what will
 * happen, and the submitter's account id if any. The same shape is the answer to GET {@code service_request_id} from a
 * token, which carries both the id and the token. At least one of the two is always present.
 *
 * @param serviceRequestId {@code service_request_id}
 * @param token            {@code token}
 * @param serviceNotice    {@code service_notice}
 * @param accountId        {@code account_id}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"service_request_id", "token", "service_notice", "account_id"})
@API(status = API.Status.EXPERIMENTAL)
public record ServiceRequestCreated(
        @JsonProperty("service_request_id") String serviceRequestId,
        @JsonProperty("token") String token,
        @JsonProperty("service_notice") String serviceNotice,
        @JsonProperty("account_id") String accountId) {

    public ServiceRequestCreated {
        serviceRequestId = Open311Format.clean(serviceRequestId);
        token = Open311Format.clean(token);
        serviceNotice = Open311Format.clean(serviceNotice);
        accountId = Open311Format.clean(accountId);
        if (serviceRequestId == null && token == null) {
            throw new IllegalArgumentException("An Open311 answer to a service request holds a service_request_id, a token or "
                    + "both; this one has neither");
        }
    }
}
