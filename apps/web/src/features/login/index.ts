export { LoginPage } from './LoginPage';
export { ProviderCallbackPage } from './ProviderCallbackPage';
export { SignedOutPage } from './SignedOutPage';
