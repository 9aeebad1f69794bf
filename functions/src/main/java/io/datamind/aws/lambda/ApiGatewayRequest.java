package io.datamind.aws.lambda;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The fields the API reads of an API Gateway REST API Lambda proxy event (payload format 1.0). Routing uses
 * {@code path}, so the API works behind one {@code {proxy+}} resource as well as behind one resource per route.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ApiGatewayRequest(String httpMethod, String resource, String path, Map<String, String> pathParameters,
                         Map<String, String> queryStringParameters, Map<String, String> headers, String body,
                         @JsonProperty("isBase64Encoded") boolean isBase64Encoded, RequestContext requestContext) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RequestContext(String requestId, String stage) {
    }
}
