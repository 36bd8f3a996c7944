import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import type { CallerRole } from './api/types';
import { hasRole, loadSession, ORDER_READERS, ORDERERS, STAFF } from './session';

declare module 'vue-router' {
  interface RouteMeta {
    /** Shown in the browser's title bar and read first by screen readers. */
    title: string;
    /** Anyone may open it (the login). */
    public?: boolean;
    /** The caller needs one of these roles; otherwise they are taken to their start page. */
    roles?: CallerRole[];
  }
}

const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('./pages/HomePage.vue'), meta: { title: 'Start' } },
  { path: '/logga-in', name: 'login', component: () => import('./pages/LoginPage.vue'), meta: { title: 'Logga in', public: true } },
  { path: '/bestallning/ny', name: 'new-order', component: () => import('./pages/NewOrderPage.vue'), meta: { title: 'Ny beställning', roles: ['BESTALLARE'] } },
  { path: '/chef/bestallning', name: 'chef-order', component: () => import('./pages/ChefOrderPage.vue'), meta: { title: 'Beställ för medarbetare', roles: ['CHEF'] } },
  { path: '/bestallningar', name: 'orders', component: () => import('./pages/OrdersPage.vue'), meta: { title: 'Beställningar', roles: ORDER_READERS } },
  { path: '/bestallningar/:id', name: 'order', component: () => import('./pages/OrderPage.vue'), meta: { title: 'Beställning', roles: ORDER_READERS } },
  { path: '/bestallningar/:id/komplettera', name: 'resubmit', component: () => import('./pages/ResubmitPage.vue'), meta: { title: 'Komplettera beställning', roles: ORDERERS } },
  { path: '/ko', name: 'queue', component: () => import('./pages/QueuePage.vue'), meta: { title: 'Ärendekö', roles: STAFF } },
  { path: '/bestallare', name: 'mandates', component: () => import('./pages/MandatesPage.vue'), meta: { title: 'Beställare', roles: ['REPRESENTATIVE', 'BA'] } },
  { path: '/bestallare/anmal', name: 'register-mandate', component: () => import('./pages/RegisterMandatePage.vue'), meta: { title: 'Anmäl beställare', roles: ['REPRESENTATIVE'] } },
  { path: '/insatser', name: 'insatser', component: () => import('./pages/InsatserPage.vue'), meta: { title: 'Insatser', roles: ['FORBUNDSADMINISTRATOR', 'DELTAGARANSVARIG'] } },
  { path: '/insatser/ny', name: 'new-insats', component: () => import('./pages/InsatsEditPage.vue'), meta: { title: 'Registrera insats', roles: ['FORBUNDSADMINISTRATOR'] } },
  { path: '/insatser/:id/andra', name: 'edit-insats', component: () => import('./pages/InsatsEditPage.vue'), meta: { title: 'Ändra insats', roles: ['FORBUNDSADMINISTRATOR'] } },
  { path: '/insatser/:id', name: 'insats', component: () => import('./pages/InsatsPage.vue'), meta: { title: 'Insats', roles: ['FORBUNDSADMINISTRATOR', 'DELTAGARANSVARIG', 'BA'] } },
  { path: '/pub-avtal', name: 'pub-avtal', component: () => import('./pages/PubAvtalPage.vue'), meta: { title: 'PUB-avtal', roles: ['BA'] } },
  { path: '/registerutdrag', name: 'register-extract', component: () => import('./pages/RegisterExtractPage.vue'), meta: { title: 'Registerutdrag', roles: ['BA'] } },
  { path: '/anvandare', name: 'users', component: () => import('./pages/UsersPage.vue'), meta: { title: 'Visa användare' } },
  { path: '/:rest(.*)*', name: 'not-found', component: () => import('./pages/NotFoundPage.vue'), meta: { title: 'Sidan finns inte', public: true } },
];

export const router = createRouter({ history: createWebHistory('/app/'), routes });

router.beforeEach(async (to) => {
  if (to.meta.public) return true;
  if (!(await loadSession())) return { name: 'login', query: to.fullPath === '/' ? {} : { next: to.fullPath } };
  if (to.meta.roles && !hasRole(...to.meta.roles)) return { name: 'home' };
  return true;
});

router.afterEach((to) => {
  document.title = `${to.meta.title} – Behörighet till Uppföljning Finsam`;
});
