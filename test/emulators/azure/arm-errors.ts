/**
 * Error bodies of the ARM emulator, in the two shapes Azure uses:
 *  - ARM itself (auth, api-version, throttling, missing tracked resources, ACR, AKS): `{"error":{"code","message"}}`;
 *  - the App Service resource provider (Microsoft.Web): PascalCase `{"Code","Message","Target","Details","Innererror"}`,
 *    whose Details repeat the message, the code and an ErrorEntity (ExtendedCode, MessageTemplate, Parameters).
 * Texts marked "observed" are quoted from public reports; the others are the emulator's own wording.
 */

export interface ArmErrorBody {
  error: { code: string; message: string; details?: unknown[] };
}

export interface AppServiceErrorBody {
  Code: string;
  Message: string;
  Target: null;
  Details: Array<Record<string, unknown>>;
  Innererror: null;
}

export function armError(code: string, message: string): ArmErrorBody {
  return { error: { code, message } };
}

export interface ErrorEntityParts {
  extendedCode?: string;
  messageTemplate?: string;
  parameters?: string[];
}

/** The App Service provider's PascalCase error body (shape observed e.g. in serverless/serverless-azure-functions#437). */
export function appServiceError(code: string, message: string, entity: ErrorEntityParts = {}): AppServiceErrorBody {
  const errorEntity: Record<string, unknown> = {};
  if (entity.extendedCode !== undefined) errorEntity.ExtendedCode = entity.extendedCode;
  if (entity.messageTemplate !== undefined) errorEntity.MessageTemplate = entity.messageTemplate;
  if (entity.parameters !== undefined) errorEntity.Parameters = entity.parameters;
  errorEntity.Code = code;
  errorEntity.Message = message;
  return { Code: code, Message: message, Target: null, Details: [{ Message: message }, { Code: code }, { ErrorEntity: errorEntity }], Innererror: null };
}

// ---------------------------------------------------------------- ARM (front door)

/** Observed ARM text (e.g. Azure/azure-cli#30992): a GET of a tracked resource that does not exist. */
export function resourceNotFound(type: string, name: string, resourceGroup: string): ArmErrorBody {
  return armError(
    'ResourceNotFound',
    `The Resource '${type}/${name}' under resource group '${resourceGroup}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`
  );
}

export function resourceGroupNotFound(resourceGroup: string): ArmErrorBody {
  return armError('ResourceGroupNotFound', `Resource group '${resourceGroup}' could not be found.`);
}

export function subscriptionNotFound(subscriptionId: string): ArmErrorBody {
  return armError('SubscriptionNotFound', `The subscription '${subscriptionId}' could not be found.`);
}

export function missingApiVersion(): ArmErrorBody {
  return armError('MissingApiVersionParameter', 'The api-version query parameter (?api-version=) is required for all requests.');
}

export function invalidApiVersion(value: string, supported: string[]): ArmErrorBody {
  return armError('InvalidApiVersionParameter', `The api-version '${value}' is invalid. The supported versions are '${supported.join(',')}'.`);
}

export function noRegisteredProvider(value: string, type: string, supported: string[], location: string): ArmErrorBody {
  return armError(
    'NoRegisteredProviderFound',
    `No registered resource provider found for location '${location}' and API version '${value}' for type '${type}'. The supported api-versions are '${supported.join(', ')}'. The supported locations are '${location}'.`
  );
}

export function throttled(subscriptionId: string, kind: 'read' | 'write' | 'delete', retryAfter: number | undefined): ArmErrorBody {
  const wait = retryAfter === undefined ? '' : ` Please try again after '${retryAfter}' seconds after additional tokens are available.`;
  return armError(
    'SubscriptionRequestsThrottled',
    `Number of '${kind}' requests for subscription '${subscriptionId}' exceeded.${wait} Refer to https://aka.ms/arm-throttling for additional information.`
  );
}

export function locationRequired(): ArmErrorBody {
  return armError('LocationRequired', 'The location property is required for this definition.');
}

export function invalidRequestContent(detail: string): ArmErrorBody {
  return armError('InvalidRequestContent', `The request content was invalid and could not be deserialized: '${detail}'.`);
}

// ---------------------------------------------------------------- App Service (Microsoft.Web)

/**
 * A deployment slot over the plan's quota. Observed text for the Consumption ('Dynamic') tier, 409 Conflict
 * (Azure/azure-functions-ux#1309): "Cannot complete the operation because the site will exceed the number of
 * slots allowed for the 'Dynamic' SKU." The emulator uses the same sentence with the plan's tier
 * ('ElasticPremium' for EP1-EP3). The ExtendedCode of this error is not known, so it is left out.
 */
export function slotLimitExceeded(tier: string): AppServiceErrorBody {
  return appServiceError('Conflict', `Cannot complete the operation because the site will exceed the number of slots allowed for the '${tier}' SKU.`, {
    messageTemplate: "Cannot complete the operation because the site will exceed the number of slots allowed for the '{0}' SKU.",
    parameters: [tier]
  });
}

/** Observed body (serverless/serverless-azure-functions#437, Azure/azure-cli#17020): 400 on a bad linuxFxVersion. */
export function linuxFxVersionInvalid(): AppServiceErrorBody {
  return appServiceError('BadRequest', 'The parameter LinuxFxVersion has an invalid value.', {
    extendedCode: '01007',
    messageTemplate: 'The parameter {0} has an invalid value.',
    parameters: ['LinuxFxVersion']
  });
}

/** Observed body (Azure/terraform-azurerm-avm-res-web-site#283): Flex Consumption sites refuse linuxFxVersion. */
export function flexLinuxFxVersion(): AppServiceErrorBody {
  return appServiceError(
    'BadRequest',
    'The following site configuration property (Site.SiteConfig.LinuxFxVersion) for Flex Consumption sites is invalid.  Please remove or rename it before retrying.',
    {
      extendedCode: '51021',
      messageTemplate: '{0} is invalid.  {1}',
      parameters: [
        'The following site configuration property (Site.SiteConfig.LinuxFxVersion) for Flex Consumption sites',
        'Please remove or rename it before retrying.'
      ]
    }
  );
}

/** Observed text (microsoft/azure-pipelines-tasks#11384): a write while another operation (a swap) runs. */
export function operationInProgress(p: {
  id: string;
  operation: string;
  created: Date;
  subscriptionId: string;
  resourceGroup: string;
  location: string;
  site: string;
  slot: string | null;
}): AppServiceErrorBody {
  const created = p.created.toISOString();
  const webspace = `${p.resourceGroup}-${p.location.replace(/\s+/g, '')}webspace`;
  return appServiceError(
    'Conflict',
    `Cannot modify this site because another operation is in progress. Details: Id: ${p.id}, OperationName: ${p.operation}, CreatedTime: ${created}, WebSystemName: websites, SubscriptionName: ${p.subscriptionId}, WebspaceName: ${webspace}, SiteName: ${p.site}, SlotName: ${p.slot ?? ''}, ServerFarmName: , GeoOperationId: (null)`
  );
}

/** Observed text (Azure/azure-functions-host#8969, Azure/azure-cli#29342): 417 when the swap's warm-up ping fails. */
export function swapWarmupFailed(site: string, slot: string): AppServiceErrorBody {
  return appServiceError('ExpectationFailed', `Cannot swap site slots for site '${site}' because the '${slot}' slot did not respond to http ping.`);
}

/** DELETE of a slot that does not exist: 404 in App Service's shape (the emulator's wording). */
export function slotNotFoundForDelete(site: string, slot: string, resourceGroup: string): AppServiceErrorBody {
  return appServiceError('NotFound', `The Resource 'Microsoft.Web/sites/${site}/slots/${slot}' under resource group '${resourceGroup}' was not found.`);
}

export function invalidParameter(name: string): AppServiceErrorBody {
  return appServiceError('BadRequest', `The parameter ${name} has an invalid value.`, {
    extendedCode: '01007',
    messageTemplate: 'The parameter {0} has an invalid value.',
    parameters: [name]
  });
}

/** ASP.NET Web API's answer for a verb a route does not take (App Service runs on it). */
export function methodNotAllowed(method: string): { Message: string } {
  return { Message: `The requested resource does not support http method '${method}'.` };
}

// ---------------------------------------------------------------- ACR

/** Observed (hashicorp/terraform-provider-azurerm#21440): listCredentials with the admin user off → 400. */
export function acrAdminDisabled(registryId: string): ArmErrorBody {
  return armError(
    'UnAuthorizedForCredentialOperations',
    `Cannot perform credential operations for ${registryId} as admin user is disabled. Kindly enable admin user as per docs: https://docs.microsoft.com/en-us/azure/container-registry/container-registry-authentication#admin-account`
  );
}

/**
 * syncfunctiontriggers or GET …/functions when no Functions host runs (nothing serves). Observed: 400 with
 * Code BadRequest, Message "Encountered an error (ServiceUnavailable) from host runtime." on GET
 * …/sites/{app}/functions (a grucloud notes file quoting the ARM answer) and on POST syncfunctiontriggers
 * (a deploy log quoting ARM); also in MicrosoftDocs (logic apps / durable task scheduler troubleshooting).
 */
export function hostRuntimeUnavailable(): AppServiceErrorBody {
  return appServiceError('BadRequest', 'Encountered an error (ServiceUnavailable) from host runtime.');
}
