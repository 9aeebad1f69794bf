package io.datamind.aws.lambda;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** A Lambda proxy integration response: API Gateway returns it to the caller as it is. */
record ApiGatewayResponse(int statusCode, Map<String, String> headers, String body,
                          @JsonProperty("isBase64Encoded") boolean isBase64Encoded) {
}
